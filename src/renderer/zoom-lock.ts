/**
 * The kiosk keeps its layout at one scale: a pinch must not leave the next visitor a zoomed-in
 * screen. The viewport meta tag no longer forbids zooming (`user-scalable=no` fails WCAG 1.4.4
 * for every page that carries it, and browsers may ignore it anyway); instead:
 * - styles.css sets `touch-action: pan-x pan-y` on the page, so touch pinches and double taps
 *   do not zoom, while scrolling still works;
 * - here: a trackpad pinch (which Chromium sends as a wheel event with ctrlKey) and Safari's
 *   gesture events are cancelled.
 * Text sizes stay large by design (22px base), so nobody needs to zoom to read.
 */
export function lockPinchZoom(target: Window): void {
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
  for (const gesture of ['gesturestart', 'gesturechange']) {
    target.addEventListener(gesture, (event) => event.preventDefault(), { passive: false });
  }
}
