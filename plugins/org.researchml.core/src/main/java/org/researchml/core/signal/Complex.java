package org.researchml.core.signal;

/** Complex number for pole and zero arithmetic during filter design. */
record Complex(double re, double im) {

    static final Complex ZERO = new Complex(0, 0);
    static final Complex ONE = new Complex(1, 0);

    static Complex real(double value) {
        return new Complex(value, 0);
    }

    Complex plus(Complex other) {
        return new Complex(re + other.re, im + other.im);
    }

    Complex minus(Complex other) {
        return new Complex(re - other.re, im - other.im);
    }

    Complex times(Complex other) {
        return new Complex(re * other.re - im * other.im, re * other.im + im * other.re);
    }

    Complex times(double factor) {
        return new Complex(re * factor, im * factor);
    }

    /** Divides using Smith's algorithm, which avoids overflow for large components. */
    Complex dividedBy(Complex other) {
        if (Math.abs(other.re) >= Math.abs(other.im)) {
            double ratio = other.im / other.re;
            double denominator = other.re + other.im * ratio;
            return new Complex((re + im * ratio) / denominator, (im - re * ratio) / denominator);
        }
        double ratio = other.re / other.im;
        double denominator = other.re * ratio + other.im;
        return new Complex((re * ratio + im) / denominator, (im * ratio - re) / denominator);
    }

    /** Returns the principal square root (non-negative real part). */
    Complex sqrt() {
        if (re == 0 && im == 0) {
            return ZERO;
        }
        double modulus = Math.hypot(re, im);
        if (re >= 0) {
            double t = Math.sqrt((modulus + re) / 2);
            return new Complex(t, im / (2 * t));
        }
        double t = Math.sqrt((modulus - re) / 2);
        return new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
    }

    Complex conjugate() {
        return new Complex(re, -im);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    boolean isReal() {
        return im == 0;
    }
}
