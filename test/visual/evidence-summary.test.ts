import * as stories from '../../stories/evidence-summary.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('evidence-summary', stories, ['Default']);
