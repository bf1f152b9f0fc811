namespace Scorecard.Data.Synthetic;

/// <summary>A fixed set of values drawn in proportion to their weights, which need not sum to 1.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    /// <summary>Creates the choice; every weight must be positive.</summary>
    public WeightedChoice(params (T Value, double Weight)[] options)
    {
        if (options.Length == 0)
        {
            throw new ArgumentException("A weighted choice needs at least one option.", nameof(options));
        }

        _values = new T[options.Length];
        _cumulative = new double[options.Length];
        var total = 0.0;
        for (var index = 0; index < options.Length; index++)
        {
            if (!(options[index].Weight > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(options), options[index].Weight, $"The weight of option {options[index].Value} must be greater than zero.");
            }

            total += options[index].Weight;
            _values[index] = options[index].Value;
            _cumulative[index] = total;
        }
    }

    /// <summary>Draws one value.</summary>
    public T Draw(SyntheticRandom random) => _values[random.NextWeighted(_cumulative)];
}
