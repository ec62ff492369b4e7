// A "Copy" button for the demo tools: copies `text()` and says in `status` whether it worked
// (`words()` gives the current `copied` and `copyBlocked` phrases).
export function copyButton(button, text, status, words) {
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      status.textContent = words().copied;
    } catch {
      status.textContent = words().copyBlocked;
    }
  });
}
