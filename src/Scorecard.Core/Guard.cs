using System.Runtime.CompilerServices;

namespace Scorecard.Core;

/// <summary>
/// Argument checks shared by the domain types, so every exception names the parameter,
/// the value it was given and the range it accepts.
/// </summary>
public static class Guard
{
    /// <summary>Throws unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? parameter = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} is {value} but must be between {min} and {max} inclusive.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a finite number.</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? parameter = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} is {value} but must be a finite number.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> contains a non-blank string.</summary>
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? parameter = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameter} is empty but must contain text.", parameter);
        }

        return value;
    }
}
