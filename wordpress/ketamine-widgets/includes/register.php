<?php
/**
 * Registers the scripts, one block and one shortcode per widget.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Runs on `init`.
 */
function ketamine_widgets_register() {
	load_plugin_textdomain( 'ketamine-widgets', false, dirname( plugin_basename( KETAMINE_WIDGETS_FILE ) ) . '/languages' );
	// No `?ver=` query: the bundle's chunks import `../ketamine-widgets.js`, and the same module
	// under a second URL would run twice. The version is in the path instead, for caches.
	wp_register_script(
		'ketamine-widgets',
		plugins_url( 'cdn/' . KETAMINE_WIDGETS_VERSION . '/ketamine-widgets.js', KETAMINE_WIDGETS_FILE ),
		array(),
		null, // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- The version is in the path.
		true
	);
	// The editor shows the real widgets as the block's preview, so it loads the bundle too.
	wp_register_script(
		'ketamine-widgets-editor',
		plugins_url( 'editor.js', KETAMINE_WIDGETS_FILE ),
		array( 'ketamine-widgets', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		KETAMINE_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'ketamine-widgets-editor', 'ketamine-widgets', dirname( KETAMINE_WIDGETS_FILE ) . '/languages' );

	foreach ( ketamine_widgets_catalog() as $widget ) {
		register_block_type(
			dirname( KETAMINE_WIDGETS_FILE ) . '/blocks/' . $widget['name'],
			array(
				'render_callback' => static function ( $attributes ) use ( $widget ) {
					return ketamine_widgets_tag( $widget, $attributes, array( get_block_wrapper_attributes() ) );
				},
			)
		);
		add_shortcode( $widget['shortcode'], 'ketamine_widgets_shortcode' );
	}
}

/**
 * Runs on `enqueue_block_editor_assets`: the widgets and the names of their
 * built-in ids in the editor's language, for editor.js.
 */
function ketamine_widgets_editor_data() {
	$locale = ketamine_widgets_resolve_locale( get_user_locale() );
	$labels = ketamine_widgets_plugin_json( 'option-labels/' . $locale . '.json' );
	wp_add_inline_script(
		'ketamine-widgets-editor',
		'window.ketamineWidgetsEditor = ' . wp_json_encode(
			array(
				'widgets' => ketamine_widgets_catalog(),
				'labels'  => is_array( $labels ) ? $labels : new stdClass(),
			)
		) . ';',
		'before'
	);
}
