using System.Security.Cryptography;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Exhibitions;

/// <summary>Copies one media file from its home node to disk, reporting progress, and checks it against the document's SHA-256.</summary>
internal sealed class MediaDownload(HttpClient http, TextWriter progress)
{
    // Report about every tenth of a large file, so a slow transfer shows it is moving without flooding the terminal.
    private const long ReportEvery = 4 * 1024 * 1024;

    public async Task<long> CopyAsync(Uri source, string target, string expectedSha256, string label, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, source);
        using var response = await GraphQLCall.SendAsync(http, request, cancellationToken, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
            throw new CliFailure(ExitCodes.Failure, $"{source} answered {(int)response.StatusCode} for {label}.");
        var length = response.Content.Headers.ContentLength;
        var step = Math.Max(ReportEvery, (length ?? 0) / 10);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var partial = target + ".partial";
        long copied = 0, reported = 0;
        await using (var input = await response.Content.ReadAsStreamAsync(cancellationToken))
        await using (var output = File.Create(partial))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                hash.AppendData(buffer, 0, read);
                copied += read;
                if (copied - reported >= step)
                {
                    reported = copied;
                    await progress.WriteLineAsync($"  {label}: {Size(copied)}{(length is { } total ? $" of {Size(total)} ({copied * 100 / Math.Max(1, total)}%)" : "")}");
                }
            }
        }

        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (actual != expectedSha256)
        {
            File.Delete(partial);
            throw new CliFailure(ExitCodes.Failure, $"{label} from {source} has SHA-256 {actual}, not {expectedSha256} as the document says.");
        }
        File.Move(partial, target, overwrite: true);
        return copied;
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes / (1024.0 * 1024):0.0} MiB",
    };
}
