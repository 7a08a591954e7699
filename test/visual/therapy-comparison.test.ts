import * as stories from '../../stories/therapy-comparison.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('therapy-comparison', stories, ['Default', 'Questions']);
