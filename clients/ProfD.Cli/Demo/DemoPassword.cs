using System.Security.Cryptography;
using ProfD.Schema.Hosting;

namespace ProfD.Cli.Demo;

/// <summary>
/// The one password of every demo account at every demo node: generated at the demo's first run into
/// <c>{data}/demo-password.txt</c> (readable by its user only) and read back afterwards, so it never lives in the repository.
/// </summary>
internal static class DemoPassword
{
    public const string FileName = "demo-password.txt";

    public static string ReadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path)) return File.ReadAllText(path).Trim();

        var password = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        OwnerOnlyFile.Write(path, password, overwrite: false);
        return password;
    }
}
