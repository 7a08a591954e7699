<?php
/**
 * Uninstall: nothing to remove. The plugin stores no options, post meta,
 * tables, files or scheduled events; blocks and shortcodes already in posts
 * stay in their content (as text, once the plugin is gone).
 *
 * @package KetamineWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
