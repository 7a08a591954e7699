import * as stories from '../../stories/how-it-works.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('how-it-works', stories, ['BuiltIn']);
