namespace Scorecard.Data;

/// <summary>
/// The one exception type of the data layer: bad input files, bad plans and store failures.
/// Messages name the file, line and value where there is one, and say what to do.
/// </summary>
public sealed class ScorecardDataException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public ScorecardDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the failure behind it.</summary>
    public ScorecardDataException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
