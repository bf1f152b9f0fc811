namespace Scorecard.Data.Plans;

/// <summary>
/// Finds the valid names nearest to a misspelt one, so an error can ask "Did you mean 'polarity'?".
/// Case is ignored throughout.
/// </summary>
public static class NearestName
{
    /// <summary>Largest Levenshtein distance at which a name is still suggested.</summary>
    public const int MaxDistance = 2;

    /// <summary>Fewest characters the shorter text needs for a prefix match to be suggested.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>
    /// Returns the names nearest to <paramref name="typed"/>, in the order given. Those are the names
    /// at the smallest Levenshtein distance, when it is at most <see cref="MaxDistance"/> and at most
    /// half the name's length, so that a short name is not offered for an unrelated word. Failing
    /// that, it is the one name that starts with <paramref name="typed"/> or that
    /// <paramref name="typed"/> starts with, when the shorter text has at least
    /// <see cref="MinPrefixLength"/> characters. Otherwise the list is empty. It has more than one
    /// name only when names tie on distance.
    /// </summary>
    public static IReadOnlyList<string> Find(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(names);
        var candidates = names.Distinct(StringComparer.Ordinal).ToList();

        var close = candidates
            .Select(name => (Name: name, Distance: Distance(typed, name)))
            .Where(candidate => candidate.Distance <= Math.Min(MaxDistance, candidate.Name.Length / 2))
            .ToList();
        if (close.Count > 0)
        {
            var nearest = close.Min(candidate => candidate.Distance);
            return close.Where(candidate => candidate.Distance == nearest).Select(candidate => candidate.Name).ToList();
        }

        var prefixed = candidates.Where(name => IsClearPrefixMatch(typed, name)).ToList();
        return prefixed.Count == 1 ? prefixed : [];
    }

    /// <summary>
    /// Returns a sentence such as "Did you mean 'polarity'?" or "Did you mean 'codes' or 'flags'?"
    /// for the names <see cref="Find"/> returns, or null when it returns none.
    /// </summary>
    public static string? Suggestion(string typed, IEnumerable<string> names)
    {
        var nearest = Find(typed, names);
        if (nearest.Count == 0)
        {
            return null;
        }

        var quoted = nearest.Select(name => $"'{name}'").ToList();
        var choices = quoted.Count == 1 ? quoted[0] : $"{string.Join(", ", quoted.SkipLast(1))} or {quoted[^1]}";
        return $"Did you mean {choices}?";
    }

    /// <summary>
    /// Returns the Levenshtein distance between two texts, ignoring case: the fewest insertions,
    /// deletions and substitutions of one character that turn one into the other. Swapping two
    /// neighbouring characters counts as two.
    /// </summary>
    public static int Distance(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var source = first.ToLowerInvariant();
        var target = second.ToLowerInvariant();

        // previous[j] is the distance from the source's first i - 1 characters to the target's first j.
        var previous = Enumerable.Range(0, target.Length + 1).ToArray();
        var current = new int[target.Length + 1];
        for (var i = 1; i <= source.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= target.Length; j++)
            {
                var substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1);
                var deletion = previous[j] + 1;
                var insertion = current[j - 1] + 1;
                current[j] = Math.Min(substitution, Math.Min(deletion, insertion));
            }

            (previous, current) = (current, previous);
        }

        return previous[target.Length];
    }

    private static bool IsClearPrefixMatch(string typed, string name)
    {
        var shorter = Math.Min(typed.Length, name.Length);
        return shorter >= MinPrefixLength
            && (name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || typed.StartsWith(name, StringComparison.OrdinalIgnoreCase));
    }
}
