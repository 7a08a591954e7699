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
		array( 'ketamine-widgets', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element' ),
		KETAMINE_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script(
		'ketamine-widgets-editor',
		'window.ketamineWidgetsCatalog = ' . wp_json_encode( ketamine_widgets_catalog() ) . ';',
		'before'
	);

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
