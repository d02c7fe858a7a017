/**
 * PINs too easy to guess to open the console: people try these first, and so does anyone at the
 * kiosk with a few minutes. Refused when the PIN is chosen (the contract already asks 6–12 digits).
 */

/**
 * Common PINs no rule below catches. Sources: the ten most common six-digit PINs of Markert et
 * al., "This PIN Can Be Easily Guessed: Analyzing the Security of Smartphone Unlock PINs" (IEEE
 * S&P 2020): 000000, 111111, 112233, 121212, 123123, 123456, 159753, 654321, 666666, 789456 (the
 * others are repeats or runs); 159753 and 696969 stand out in DataGenetics' analysis of leaked
 * PINs (Nick Berry, "PIN analysis", 2012). The rest are the same keypad shapes (columns, rows,
 * the X), ours.
 */
const COMMON_PINS = new Set([
  '159753',
  '357951',
  '951753',
  '753159',
  '789456',
  '456123',
  '321654',
  '654987',
  '789456123',
  '147258',
  '258369',
  '369258',
  '741852',
  '852963',
  '147258369',
  '741852963',
]);

/** The same group of one to half the length, repeated: 111111, 121212, 123123, 007007, 12341234. */
function isRepeatedGroup(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size++) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin) return true;
  }
  return false;
}

/** Each digit one up (or one down) from the last, wrapping 9 to 0: 123456, 890123, 987654, 1234567890. */
function isStraightRun(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, i) => (digit - (digits[i] ?? 0) + 10) % 10));
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** Each digit of a run twice: 112233, 998877, 11223344. */
function isDoubledRun(pin: string): boolean {
  const pairs = pin.match(/../g) ?? [];
  return pin.length % 2 === 0 && pairs.every((pair) => pair[0] === pair[1]) && isStraightRun(pairs.map((pair) => pair[0]).join(''));
}

/** Mirrored halves: 123321, 654456. */
function isPalindromeOfRun(pin: string): boolean {
  const half = pin.slice(0, Math.ceil(pin.length / 2));
  return [...pin].reverse().join('') === pin && half.length >= 3 && isStraightRun(half);
}

export function isTrivialPin(pin: string): boolean {
  return COMMON_PINS.has(pin) || isRepeatedGroup(pin) || isStraightRun(pin) || isDoubledRun(pin) || isPalindromeOfRun(pin);
}
