using System.Globalization;

namespace Scorecard.Reports.Summary;

/// <summary>Small pieces of English prose: numbers in words, plurals and lists.</summary>
internal static class Words
{
    private static readonly string[] Small = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Returns zero to nine in words ("none" for zero) and larger numbers as numerals, as British house styles do.</summary>
    public static string Number(int count) =>
        count is >= 0 and < 10 ? Small[count] : count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Returns <paramref name="one"/> when <paramref name="count"/> is 1, otherwise <paramref name="many"/>.</summary>
    public static string Plural(int count, string one, string many) => count == 1 ? one : many;

    /// <summary>Returns the text with its first letter in upper case.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Joins items as "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
