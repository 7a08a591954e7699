import * as stories from '../../stories/safety-facts.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('safety-facts', stories, ['Default']);
