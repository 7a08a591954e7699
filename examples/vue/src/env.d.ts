// The ketamine-* tags in Vue templates: attributes, properties and events, type-checked by vue-tsc.
import type {} from 'ketamine-widgets/vue';
