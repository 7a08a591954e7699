// The demo's language switcher sets <html lang>, as a site's own switcher or a
// translation plugin would; the widgets follow it without a reload.
const buttons = document.querySelectorAll('[data-set-lang]');
const mark = () =>
  buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setLang === document.documentElement.lang)));
buttons.forEach((button) =>
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.setLang;
    mark();
  }),
);
mark();
