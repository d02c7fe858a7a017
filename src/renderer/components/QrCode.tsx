import { create } from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code drawn as SVG rectangles (crisp at any size, no canvas, no network). Medium error
 * correction and a 4-module quiet zone so a phone camera reads it from arm's length. With
 * `moduleSize`, each module is that many CSS pixels (whole pixels stay sharp on any screen);
 * otherwise the code is `size` pixels wide.
 */
export function QrCode({ value, size = 280, moduleSize, label, testId = 'qr-code' }: { value: string; size?: number; moduleSize?: number; label: string; testId?: string }) {
  const path = useMemo(() => {
    const { modules } = create(value, { errorCorrectionLevel: 'M' });
    const commands: string[] = [];
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) {
        if (modules.get(x, y)) commands.push(`M${x + 4} ${y + 4}h1v1h-1z`);
      }
    }
    return { d: commands.join(''), extent: modules.size + 8 };
  }, [value]);
  const width = moduleSize ? path.extent * moduleSize : size;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      width={width}
      height={width}
      viewBox={`0 0 ${path.extent} ${path.extent}`}
      shapeRendering="crispEdges"
      data-testid={testId}
    >
      <rect width={path.extent} height={path.extent} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
