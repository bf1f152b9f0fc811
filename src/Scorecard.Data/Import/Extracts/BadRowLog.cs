namespace Scorecard.Data.Import.Extracts;

/// <summary>Bad rows of one import run: every one counted, the first <see cref="MaxListed"/> kept.</summary>
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
}
