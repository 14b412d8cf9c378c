using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ProfD.Node.Institution;
using ProfD.Schema.Credentials;

namespace ProfD.Node.Credentials;

/// <summary>
/// Issues an award's verifiable credential: an Open Badges 3.0 <c>OpenBadgeCredential</c> (a W3C Verifiable
/// Credential) naming the candidate, the title as the achievement, the institution as issuer and the exhibition as
/// evidence, signed with the node's current key (see docs/credentials.md).
/// </summary>
internal sealed class CredentialIssuer(ISigningKeyStore keys, InstitutionProfile institution, TimeProvider time)
{
    public static readonly string[] Contexts =
    [
        "https://www.w3.org/2018/credentials/v1",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ];

    /// <summary>The signed credential, as JSON.</summary>
    public string Issue(AwardCredentialSubject award)
    {
        var credential = new JsonObject
        {
            ["@context"] = Array(Contexts),
            ["id"] = institution.GlobalIdOf("Award", award.AwardKey),
            ["type"] = Array("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = award.Title,
            ["issuer"] = new JsonObject
            {
                ["id"] = institution.Id,
                ["type"] = Array("Profile"),
                ["name"] = institution.Name,
            },
            ["issuanceDate"] = Timestamp(award.AwardedAt),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = institution.GlobalIdOf("Candidate", award.CandidateKey),
                ["type"] = Array("AchievementSubject"),
                ["name"] = award.CandidateName,
                ["achievement"] = new JsonObject
                {
                    ["id"] = institution.GlobalIdOf("Achievement", Slug(award.Title)),
                    ["type"] = Array("Achievement"),
                    ["achievementType"] = "Doctorate",
                    ["name"] = award.Title,
                    ["description"] = $"The title {award.Title}, awarded by {institution.Name} for a professional doctorate by exhibition of "
                        + "practitioner research.",
                    ["criteria"] = new JsonObject
                    {
                        ["narrative"] = "An exhibition of the candidate's own action research, examined by a panel of at least two adjudicators "
                            + "(at least one from another institution) and confirmed by the institution.",
                    },
                },
            },
            ["evidence"] = new JsonArray(new JsonObject
            {
                ["id"] = institution.GlobalIdOf("Exhibition", award.ExhibitionKey),
                ["type"] = Array("Evidence"),
                ["name"] = award.ExhibitionTitle,
            }),
        };
        var key = keys.Current();
        return CredentialSigner.Sign(credential, key.Key, key.KeyId, $"{institution.Id}#{key.KeyId}", time.GetUtcNow()).ToJsonString();
    }

    private static JsonArray Array(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // "Prof.D" → "prof-d": an achievement key that fits a global ID.
    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var ch in title.ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(ch);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "title" : text[..Math.Min(text.Length, 64)];
    }
}
