package it.centrinrete.kiosk.speech;

/**
 * Changes the sample rate of mono 16-bit audio, e.g. espeak-ng's 22050 Hz to the recogniser's 16 kHz. Linear
 * interpolation, after a moving-average low-pass when shrinking by 2 or more: crude next to a proper polyphase filter, but
 * speech intelligibility lives well below the new Nyquist frequency and this stays a few lines with no dependency.
 */
public final class Resampler {

    private Resampler() {
    }

    public static short[] resample(short[] in, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive");
        }
        if (fromRate == toRate || in.length == 0) {
            return in.clone();
        }
        double[] source = toRate < fromRate ? lowPass(in, (double) fromRate / toRate) : toDouble(in);
        int length = (int) ((long) in.length * toRate / fromRate);
        short[] out = new short[length];
        double step = (double) fromRate / toRate;
        for (int i = 0; i < length; i++) {
            double position = i * step;
            int left = (int) position;
            int right = Math.min(left + 1, source.length - 1);
            double fraction = position - left;
            double value = source[left] * (1 - fraction) + source[right] * fraction;
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
        }
        return out;
    }

    /** Averages over about one output sample's span so that most content above the new Nyquist is damped. */
    private static double[] lowPass(short[] in, double ratio) {
        int width = Math.max(1, (int) Math.round(ratio));
        if (width == 1) {
            return toDouble(in);
        }
        double[] out = new double[in.length];
        double sum = 0;
        for (int i = 0; i < in.length; i++) {
            sum += in[i];
            if (i >= width) {
                sum -= in[i - width];
            }
            out[i] = sum / Math.min(i + 1, width);
        }
        return out;
    }

    private static double[] toDouble(short[] in) {
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i];
        }
        return out;
    }
}
