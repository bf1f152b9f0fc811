using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>A victim the generator has made up: a pseudonymous id, their sex and their area's index.</summary>
internal readonly record struct SyntheticVictim(int Id, char Sex, int AreaIndex);

/// <summary>
/// The victims first seen in the last 12 months (the current month and the 11 before it), from which
/// a repeat victim is drawn uniformly, so repeat victimisation stays within a rolling year as the
/// scorecard's repeat-victim measures count it. Victims older than that drop out.
/// </summary>
/// <remarks>Holds a few hundred thousand small structs at the default size, not the offences themselves.</remarks>
internal sealed class VictimPool
{
    private const int MonthsKept = 12;

    private readonly List<SyntheticVictim>[] _byMonth = Enumerable.Range(0, MonthsKept).Select(_ => new List<SyntheticVictim>()).ToArray();
    private List<SyntheticVictim>? _current;
    private int _count;

    /// <summary>Moves the pool on to <paramref name="month"/>, dropping victims first seen 12 months before it.</summary>
    /// <remarks>Months must be given in order, one after another, as the generator writes them.</remarks>
    public void StartMonth(ReportMonth month)
    {
        var bucket = _byMonth[month.Ordinal % MonthsKept];
        _count -= bucket.Count;
        bucket.Clear();
        _current = bucket;
    }

    /// <summary>Adds a victim first seen in the current month.</summary>
    public void Add(SyntheticVictim victim)
    {
        if (_current is null)
        {
            throw new InvalidOperationException("Call StartMonth before adding victims.");
        }

        _current.Add(victim);
        _count++;
    }

    /// <summary>Draws one of the pool's victims, each equally likely; false when the pool is empty.</summary>
    public bool TryDraw(SyntheticRandom random, out SyntheticVictim victim)
    {
        victim = default;
        if (_count == 0)
        {
            return false;
        }

        var index = random.NextInt(_count);
        foreach (var bucket in _byMonth)
        {
            if (index < bucket.Count)
            {
                victim = bucket[index];
                return true;
            }

            index -= bucket.Count;
        }

        return false;
    }
}
