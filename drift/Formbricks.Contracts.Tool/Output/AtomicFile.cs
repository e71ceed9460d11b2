namespace Formbricks.Contracts.Tool.Output;

/// <summary>Writes a file through a temporary file beside it and a rename, so a reader never sees half of it.</summary>
internal static class AtomicFile
{
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UsageException($"{path}: error: cannot write the file ({e.Message})");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing more to do: the temporary file stays, the target is untouched.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
