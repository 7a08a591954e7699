<?php
/**
 * Plugin Name:       Ketamine Widgets
 * Description:       Cited, plain-language patient-education widgets on ketamine treatment for anxiety disorders and PTSD, as blocks and shortcodes. They follow the site's language.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The ketamine-widgets authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ketamine-widgets
 * Domain Path:       /languages
 *
 * Copyright (c) 2026 The ketamine-widgets authors. Released under the MIT License:
 * see the LICENSE file that comes with the plugin.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'KETAMINE_WIDGETS_VERSION', '0.1.0' );
define( 'KETAMINE_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/catalog.php';
require_once __DIR__ . '/includes/prerendered.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/register.php';

add_action( 'init', 'ketamine_widgets_register' );
add_action( 'enqueue_block_editor_assets', 'ketamine_widgets_editor_data' );
add_filter( 'script_loader_tag', 'ketamine_widgets_module_tag', 10, 2 );
