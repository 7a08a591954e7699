import * as stories from '../../stories/visit-prep.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('visit-prep', stories, ['Default']);
