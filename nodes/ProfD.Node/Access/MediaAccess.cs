using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Schema.Identity;

namespace ProfD.Node.Access;

/// <summary>
/// Who may use /media: a download is allowed when the caller may see an exhibition that shows the file (so anyone for
/// a published one); a file no exhibition shows yet, and uploads, are for members (candidates upload before attaching).
/// </summary>
internal sealed class MediaAccess(NodeDbContext db, CallerRelations relations, IServiceProvider services, PermitAllNodeAccess? permitAll = null)
{
    /// <summary>Null when allowed; otherwise the refusal, 401 for an anonymous caller and 403 for a known one.</summary>
    public async Task<IResult?> RefuseDownloadAsync(HttpContext context, string sha256)
    {
        if (permitAll is not null) return null;
        var caller = await relations.CallerAsync(context.User, context.RequestAborted);
        var check = new AccessCheck(caller, relations, null, null, services);
        var exhibitionIds = await db.MediaItems.AsNoTracking().Where(m => m.Sha256 == sha256).Select(m => m.ExhibitionId).Distinct().ToListAsync(context.RequestAborted);
        if (exhibitionIds.Count == 0) return check.IsMember ? null : Refuse(caller, "download this file");
        foreach (var exhibition in await db.Exhibitions.AsNoTracking().Where(e => exhibitionIds.Contains(e.Id)).ToListAsync(context.RequestAborted))
        {
            if (await NodeAccess.ExhibitionReader.AllowsAsync(check.With(exhibition))) return null;
        }
        return Refuse(caller, "download this file");
    }

    public async Task<IResult?> RefuseUploadAsync(HttpContext context)
    {
        if (permitAll is not null) return null;
        var caller = await relations.CallerAsync(context.User, context.RequestAborted);
        return caller.IsMemberOf(relations.Institution) ? null : Refuse(caller, "upload media here");
    }

    private static IResult Refuse(FederationCaller caller, string what) => caller.IsAuthenticated
        ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"You may not {what}.")
        : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Log in", detail: $"Log in to {what}.");
}
