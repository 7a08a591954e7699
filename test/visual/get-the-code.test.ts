import * as stories from '../../stories/get-the-code.stories.js';
import { screenshotStories } from './screenshot-stories.js';

// The code builder's page, in light only: it is the demo site's form around one widget, whose own variants
// (dark, right to left, narrow) the widgets' files cover.
screenshotStories('get-the-code', stories, []);
