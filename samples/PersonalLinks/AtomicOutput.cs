namespace PersonalLinks;

/// <summary>
/// The output file, written all or nothing: rows go to a hidden temporary file in the target's folder (same file
/// system, so the final rename is atomic), which replaces the target only after the last row. A failed or cancelled
/// run deletes the temporary file and leaves the target as it was (absent or the previous export).
/// </summary>
internal sealed class AtomicOutput : IAsyncDisposable
{
    private readonly FileStream _stream;
    private bool _committed;

    private AtomicOutput(string target, string temporary, FileStream stream)
    {
        Target = target;
        TemporaryPath = temporary;
        _stream = stream;
    }

    /// <summary>The file the user asked for.</summary>
    public string Target { get; }

    /// <summary>Where the rows go until <see cref="CommitAsync"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write to.</summary>
    public Stream Stream => _stream;

    /// <summary>
    /// Creates the temporary file beside <paramref name="target"/>; this is where an unwritable folder shows, before any
    /// call to Formbricks. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    public static AtomicOutput Create(string target)
    {
        var full = Path.GetFullPath(target);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{full}' is a folder; give a file name.");
        }

        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        return new AtomicOutput(full, temporary, stream);
    }

    /// <summary>Flushes the rows to disk and moves the temporary file over the target.</summary>
    public async Task CommitAsync()
    {
        await _stream.FlushAsync();
        _stream.Flush(flushToDisk: true);
        await _stream.DisposeAsync();
        File.Move(TemporaryPath, Target, overwrite: true);
        _committed = true;
    }

    /// <summary>Removes the temporary file unless <see cref="CommitAsync"/> moved it into place.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        if (!_committed)
        {
            File.Delete(TemporaryPath);
        }
    }
}
