/**
 * The three blocks in the editor: their settings in the sidebar and a live preview rendered by
 * the server (the same markup visitors get, run by the widgets' script, which the plugin loads
 * in the editor too). Plain JavaScript with wp.element.createElement: the plugin ships without
 * a JSX build step. Titles, attributes and their allowed values come from each block.json,
 * which WordPress passes to the editor.
 */
(function (wp) {
  const { registerBlockType, getBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl } = wp.components;
  const { __ } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;

  const LABELS = {
    action: __('Buttons', 'ispine-widgets'),
    variant: __('Style', 'ispine-widgets'),
    clinic: __('Clinic id', 'ispine-widgets'),
    selected: __('Selected clinic id', 'ispine-widgets'),
    near: __('Sort from ZIP code', 'ispine-widgets'),
    heading: __('Title', 'ispine-widgets'),
    partner: __('Partner id', 'ispine-widgets'),
    lang: __('Language', 'ispine-widgets'),
    theme: __('Colours', 'ispine-widgets'),
  };
  const HELP = {
    clinic: __(
      "maple-grove, coon-rapids, chaska, shakopee, sartell or delano; empty: the page's chosen clinic, else the main line.",
      'ispine-widgets',
    ),
    selected: __('A clinic id chosen when the page opens.', 'ispine-widgets'),
    near: __("A race venue's ZIP code: the list opens sorted from there.", 'ispine-widgets'),
    heading: __('Empty: the default title.', 'ispine-widgets'),
    partner: __('Empty: the partner id from Settings → iSpine widgets.', 'ispine-widgets'),
  };

  /** One sidebar control: a choice for an attribute with allowed values, a text field otherwise. */
  function control(name, schema, value, setAttributes) {
    const onChange = (next) => setAttributes({ [name]: next === '' ? undefined : next });
    if (schema.enum) {
      const options = [{ label: __('Default', 'ispine-widgets'), value: '' }].concat(
        schema.enum.map((option) => ({ label: option, value: option })),
      );
      return el(SelectControl, {
        key: name,
        label: LABELS[name] || name,
        value: value || '',
        options,
        onChange,
      });
    }
    return el(TextControl, {
      key: name,
      label: LABELS[name] || name,
      help: HELP[name],
      value: value || '',
      onChange,
    });
  }

  ['call-book-button', 'symptom-checker', 'location-picker'].forEach((widget) => {
    const name = 'ispine/' + widget;
    registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        const schema = getBlockType(name).attributes;
        const own = Object.keys(LABELS).filter((key) => schema[key]);
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: __('Widget settings', 'ispine-widgets') },
              own.map((key) => control(key, schema[key], attributes[key], setAttributes)),
            ),
          ),
          el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes })),
        );
      },
      save: () => null,
    });
  });
})(window.wp);
