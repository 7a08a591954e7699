import * as stories from '../../stories/treatment-timeline.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('treatment-timeline', stories, ['Default', 'Horizontal']);
