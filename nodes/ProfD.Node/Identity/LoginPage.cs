using System.Text.Encodings.Web;

namespace ProfD.Node.Identity;

/// <summary>The login form: plain, accessible HTML with no script.</summary>
internal static class LoginPage
{
    public static IResult Render(string institution, string returnUrl, string formField, string? token, string? error, int status = StatusCodes.Status200OK)
    {
        var h = HtmlEncoder.Default;
        var alert = error is null ? "" : $"""<p role="alert" id="login-error">{h.Encode(error)}</p>""";
        var antiforgery = token is null ? "" : $"""<input type="hidden" name="{h.Encode(formField)}" value="{h.Encode(token)}">""";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Log in: {h.Encode(institution)}</title>
            </head>
            <body>
            <main>
            <h1>Log in to {h.Encode(institution)}</h1>
            {alert}
            <form method="post" action="{NodeLogin.LoginPath}">
            {antiforgery}
            <input type="hidden" name="{NodeLogin.ReturnUrlParameter}" value="{h.Encode(returnUrl)}">
            <p><label for="email">Email</label><br><input id="email" name="email" type="email" autocomplete="username" required></p>
            <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
            <p><button type="submit">Log in</button></p>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
