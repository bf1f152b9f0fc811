using System.Diagnostics;

namespace Scorecard.Bench;

/// <summary>
/// Reads the process's resident memory. Linux keeps a high-water mark (VmHWM) that writing 5 to
/// /proc/self/clear_refs resets to the current resident size, so a peak can be taken for one run alone.
/// </summary>
internal static class MemoryProbe
{
    /// <summary>Resets the peak to the current resident size; returns false where the kernel does not allow it.</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Returns the peak working set in bytes: the resident high-water mark, including native memory such as DuckDB's.</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Returns the current working set in bytes.</summary>
    public static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
