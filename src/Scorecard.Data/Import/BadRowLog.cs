namespace Scorecard.Data.Import;

/// <summary>Bad rows of one import run or one file: every one counted, the first <see cref="MaxListed"/> kept.</summary>
internal sealed class BadRowLog
{
    /// <summary>Bad rows kept for listing; the rest are only counted.</summary>
    public const int MaxListed = 1000;

    public List<BadRow> Listed { get; } = [];

    public long Count { get; private set; }

    public void Add(BadRow badRow)
    {
        Count++;
        if (Listed.Count < MaxListed)
        {
            Listed.Add(badRow);
        }
    }

    /// <summary>Adds the rows of <paramref name="other"/> after this log's own, keeping the first <see cref="MaxListed"/> in all.</summary>
    public void Append(BadRowLog other)
    {
        Count += other.Count;
        Listed.AddRange(other.Listed.Take(MaxListed - Listed.Count));
    }
}
