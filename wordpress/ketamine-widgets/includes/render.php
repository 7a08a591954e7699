<?php
/**
 * Server-side rendering: the widget's custom-element tag with checked attributes,
 * and its pre-rendered content when there is some (prerendered.php).
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether a shortcode or block value turns a boolean attribute on.
 *
 * @param mixed $value `true`, or one of '', '1', 'true', 'yes', 'on' (any case).
 * @return bool
 */
function ketamine_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_string( $value ) && in_array( strtolower( trim( $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * The attributes the widget accepts, with their values. A value the widget
 * does not accept is dropped (the widget then uses its default, or shows its
 * own error panel when the attribute is required); in a list, unknown ids are
 * dropped and the known ones kept in the order given.
 *
 * @param array<string, mixed> $widget A catalog entry.
 * @param array<string, mixed> $input  Attribute name => value, from a block or a shortcode.
 * @return array<string, string> Attribute name => value ('' for a boolean that is on).
 */
function ketamine_widgets_checked_attributes( array $widget, array $input ) {
	$checked = array();
	foreach ( $widget['attributes'] as $name => $spec ) {
		if ( ! array_key_exists( $name, $input ) ) {
			continue;
		}
		$value = $input[ $name ];
		if ( 'boolean' === $spec['kind'] ) {
			if ( ketamine_widgets_is_on( $value ) ) {
				$checked[ $name ] = '';
			}
			continue;
		}
		if ( ! is_string( $value ) ) {
			continue;
		}
		if ( 'one' === $spec['kind'] ) {
			$value = trim( $value );
			if ( in_array( $value, $spec['values'], true ) ) {
				$checked[ $name ] = $value;
			}
			continue;
		}
		$ids   = preg_split( '/\s+/', trim( $value ), -1, PREG_SPLIT_NO_EMPTY );
		$known = array_values( array_unique( array_intersect( $ids, $spec['values'] ) ) );
		if ( $known ) {
			$checked[ $name ] = implode( ' ', $known );
		}
	}
	return $checked;
}

/**
 * The widget's tag, holding its pre-rendered content when the build made it
 * for these attributes, and its script enqueued (so only pages with a widget
 * load it).
 *
 * @param array<string, mixed>  $widget     A catalog entry.
 * @param array<string, mixed>  $input      Attribute name => value, unchecked.
 * @param array<string, string> $extra_html Further attributes already escaped by WordPress (a block's wrapper class).
 * @return string
 */
function ketamine_widgets_tag( array $widget, array $input, array $extra_html = array() ) {
	wp_enqueue_script( 'ketamine-widgets' );
	$attributes = array();
	foreach ( ketamine_widgets_checked_attributes( $widget, $input ) as $name => $value ) {
		// Names come from the catalog, never from the input.
		$attributes[] = '' === $value ? $name : $name . '="' . esc_attr( $value ) . '"';
	}
	$html = '<' . $widget['tag'];
	foreach ( array_merge( $extra_html, $attributes ) as $attribute ) {
		$html .= ' ' . $attribute;
	}
	$html .= '>' . ketamine_widgets_prerendered( $widget, implode( ' ', $attributes ) );
	return $html . '</' . $widget['tag'] . '>';
}

/**
 * A shortcode: `[ketamine_evidence_card study="feder-2021-ptsd" compact]`.
 * A boolean may be written bare (`compact`) or with a value (`compact="yes"`).
 * Enclosed content is ignored.
 *
 * @param array<int|string, string>|string $atts      The shortcode's attributes ('' when none).
 * @param string|null                      $content   Ignored.
 * @param string                           $shortcode The shortcode's name.
 * @return string
 */
function ketamine_widgets_shortcode( $atts, $content, $shortcode ) {
	unset( $content );
	$widget = ketamine_widgets_by_shortcode( $shortcode );
	if ( null === $widget ) {
		return '';
	}
	$input = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$input[ strtolower( $value ) ] = true;
		} else {
			$input[ $key ] = $value;
		}
	}
	return ketamine_widgets_tag( $widget, $input );
}

/**
 * Adds `type="module"` to the widgets' script tag: the bundle is an ES module
 * that loads each widget's code, and its translations, when a tag needs them.
 * `wp_enqueue_script_module()` would do this from WordPress 6.5; this filter
 * works from 6.1 on.
 *
 * @param string $tag    The `<script>` tag WordPress prints.
 * @param string $handle The script's handle.
 * @return string
 */
function ketamine_widgets_module_tag( $tag, $handle ) {
	if ( 'ketamine-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
