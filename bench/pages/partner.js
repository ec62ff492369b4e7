// The partner page's own script (not ours): a newsletter button, so the baseline page has an
// interaction of its own to compare the widgets' clicks with.
const form = document.querySelector('.newsletter');
const button = form?.querySelector('button');
const status = form?.querySelector('[role="status"]');
button?.addEventListener('click', () => {
  if (status) status.textContent = 'Thanks! Check your inbox to confirm.';
});
