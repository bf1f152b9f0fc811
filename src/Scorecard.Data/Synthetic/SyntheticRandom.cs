namespace Scorecard.Data.Synthetic;

/// <summary>
/// A seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64, both by Blackman and
/// Vigna) with the few distributions the synthetic extract needs.
/// </summary>
/// <remarks>
/// The algorithm is written out here, not taken from <see cref="Random"/>, so that a seed gives the
/// same random bits on every .NET version: byte-identical output from the same seed depends on it.
/// The normal, exponential and log-normal draws go through <see cref="Math"/>, whose last bits may
/// differ between platforms, so identical files are promised for the same platform only.
/// Each output file draws from its own stream (<see cref="ForStream"/>), so changing how one file is
/// generated leaves the others unchanged.
/// </remarks>
internal sealed class SyntheticRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose whole sequence follows from <paramref name="seed"/>.</summary>
    public SyntheticRandom(ulong seed)
    {
        // SplitMix64 spreads any seed, including 0, over the four words of state, which must not all be zero.
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>Creates the generator of one named stream (such as "offences") for a run's seed.</summary>
    public static SyntheticRandom ForStream(int seed, string stream)
    {
        // FNV-1a over the stream name: a fixed hash, unlike string.GetHashCode, which changes per process.
        var hash = 14695981039346656037UL;
        foreach (var character in stream)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }

        return new SyntheticRandom(hash ^ (ulong)(uint)seed);
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns an integer in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count)
    {
        // Multiply-shift maps 32 random bits onto the range; the bias is below 2^-32 per value for
        // the counts used here (at most a few million), far below anything the output could show.
        return (int)(((NextUInt64() >> 32) * (ulong)count) >> 32);
    }

    /// <summary>Returns true with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Returns a standard normal deviate (Box-Muller, one of the pair).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Returns an exponential deviate with the given mean.</summary>
    public double NextExponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Returns a log-normal deviate whose median is <paramref name="median"/>; <paramref name="sigma"/> is the spread of its logarithm.</summary>
    public double NextLogNormal(double median, double sigma) => median * Math.Exp(sigma * NextNormal());

    /// <summary>
    /// Returns a Poisson count with the given mean: exact (Knuth's product of uniforms) below a mean
    /// of 30, and the rounded normal approximation above it, where the two differ by little.
    /// </summary>
    public int NextPoisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean < 30)
        {
            var limit = Math.Exp(-mean);
            var product = NextDouble();
            var count = 0;
            while (product > limit)
            {
                count++;
                product *= NextDouble();
            }

            return count;
        }

        return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * NextNormal()));
    }

    /// <summary>Returns an index into <paramref name="cumulative"/>, a running total of weights, chosen in proportion to the weights.</summary>
    public int NextWeighted(ReadOnlySpan<double> cumulative)
    {
        var target = NextDouble() * cumulative[^1];
        for (var index = 0; index < cumulative.Length - 1; index++)
        {
            if (target < cumulative[index])
            {
                return index;
            }
        }

        return cumulative.Length - 1;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
