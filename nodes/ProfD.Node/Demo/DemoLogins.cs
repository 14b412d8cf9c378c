using System.Security.Cryptography;
using System.Text;
using ProfD.Schema.Hosting;

namespace ProfD.Node.Demo;

/// <summary>
/// The demo accounts' shared password and e-mails, kept in <c>demo-logins-{institution}.txt</c> in the node's data
/// directory (readable by its user only; one file per node, as the demo's nodes share a folder) so that <c>profd demo</c> can print them.
/// </summary>
internal sealed record DemoLogins(string Password, IReadOnlyList<DemoAccount> Accounts)
{
    private const string PasswordLine = "password: ";

    public static string PathIn(string dataDirectory, string institution) => Path.Combine(dataDirectory, $"demo-logins-{institution}.txt");

    /// <summary>The demo logins written in <paramref name="dataDirectory"/>, or null when there are none.</summary>
    public static DemoLogins? Read(string dataDirectory, string institution)
    {
        var path = PathIn(dataDirectory, institution);
        if (!File.Exists(path)) return null;
        string? password = null;
        var accounts = new List<DemoAccount>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith('#')) continue;
            if (line.StartsWith(PasswordLine, StringComparison.Ordinal)) password = line[PasswordLine.Length..];
            else if (line.Split('\t') is [var email, var affiliation, var roles, var purpose])
                accounts.Add(new DemoAccount(email, "", affiliation, roles.Length == 0 ? [] : roles.Split(','), null, purpose));
        }
        return password is null ? null : new DemoLogins(password, accounts);
    }

    public void Write(string dataDirectory, string institution)
    {
        var text = new StringBuilder();
        text.AppendLine("# ProfD demo logins: every account below has this password. Demo data only.");
        text.AppendLine(PasswordLine + Password);
        text.AppendLine("# email\taffiliation\troles\twhat it is for");
        foreach (var account in Accounts)
            text.AppendLine($"{account.Email}\t{account.Affiliation}\t{string.Join(',', account.Roles)}\t{account.Purpose}");

        OwnerOnlyFile.Write(PathIn(dataDirectory, institution), text.ToString(), overwrite: true);
    }

    /// <summary>A new password: 20 characters from an alphabet without look-alikes.</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
