namespace Scorecard.Reports.Summary;

/// <summary>A written summary of a scorecard: sections of prose and bullet points, as plain text.</summary>
/// <param name="Sections">Sections in reading order.</param>
public sealed record ScorecardSummary(IReadOnlyList<SummarySection> Sections)
{
    /// <summary>Heading of the summary as a whole.</summary>
    public const string Heading = "Summary";

    /// <summary>Every sentence of the summary in reading order, leads before bullets.</summary>
    public IEnumerable<string> Sentences => Sections.SelectMany(section => section.Lead is null ? section.Bullets : section.Bullets.Prepend(section.Lead));
}

/// <summary>One section of a summary.</summary>
/// <param name="Heading">Section heading, such as "Largest improvements".</param>
/// <param name="Lead">Opening paragraph, or null when the bullets stand alone.</param>
/// <param name="Bullets">Bullet points, each a full sentence; may be empty.</param>
public sealed record SummarySection(string Heading, string? Lead, IReadOnlyList<string> Bullets);
