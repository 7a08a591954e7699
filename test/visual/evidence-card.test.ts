import * as stories from '../../stories/evidence-card.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('evidence-card', stories, ['Default', 'Compact', 'ErrorInvalidClinicJson']);
