using Scorecard.Core.Comparison;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// How a direction of travel is shown: a word, an arrow and a colour pair, so that the meaning never
/// rests on colour alone. Every text colour has a contrast ratio of at least 4.5:1 on its background.
/// </summary>
/// <param name="Direction">The direction shown.</param>
/// <param name="Text">The word: "Improving", "Stable", "Deteriorating" or "n/a".</param>
/// <param name="Arrow">
/// Symbol before the word, or an empty string for "n/a". The arrow shows whether performance got
/// better or worse for the indicator's polarity, not whether the number rose or fell.
/// </param>
/// <param name="CssClass">Class name of the HTML cell.</param>
/// <param name="TextColour">CSS text colour, #rrggbb.</param>
/// <param name="BackgroundColour">CSS background colour, #rrggbb.</param>
public sealed record DirectionStyle(Direction Direction, string Text, string Arrow, string CssClass, string TextColour, string BackgroundColour)
{
    private static readonly DirectionStyle Improving = new(Direction.Improving, "Improving", "\u25B2", "improving", "#0b5a1f", "#d6efdb");
    private static readonly DirectionStyle Stable = new(Direction.Stable, "Stable", "\u25BA", "stable", "#5c4300", "#fbe9b7");
    private static readonly DirectionStyle Deteriorating = new(Direction.Deteriorating, "Deteriorating", "\u25BC", "deteriorating", "#8c1616", "#f8dada");
    private static readonly DirectionStyle NotAvailable = new(Direction.NotAvailable, ScorecardFormatter.NotAvailableText, "", "not-available", "#474747", "#ebebeb");

    /// <summary>All styles, in the order a legend lists them.</summary>
    public static IReadOnlyList<DirectionStyle> All { get; } = [Improving, Stable, Deteriorating, NotAvailable];

    /// <summary>Returns the style of <paramref name="direction"/>.</summary>
    public static DirectionStyle For(Direction direction) => direction switch
    {
        Direction.Improving => Improving,
        Direction.Stable => Stable,
        Direction.Deteriorating => Deteriorating,
        Direction.NotAvailable => NotAvailable,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, $"Direction {direction} has no display style."),
    };

    /// <summary>The arrow and word together, such as "▲ Improving", or the word alone when there is no arrow.</summary>
    public string Label => Arrow.Length == 0 ? Text : $"{Arrow} {Text}";
}
