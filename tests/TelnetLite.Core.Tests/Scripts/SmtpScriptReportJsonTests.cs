using TelnetLite.Core.Scripts;

namespace TelnetLite.Core.Tests.Scripts;

/// <summary>The report's JSON, pinned byte for byte: CI jobs parse it, so a change of serialiser must not show.</summary>
public sealed class SmtpScriptReportJsonTests
{
    [Fact]
    public void TheReportIsWrittenExactlyAsPinned()
    {
        var report = new SmtpScriptReport(
            "mail1.fabrikam.com",
            25,
            ExitCode.RcptFailed,
            SmtpScriptStage.Rcpt,
            "failed at RCPT: \"550 5.1.1 User unknown\" for <bob+x@fabrikam.com> — café",
            [
                new SmtpScriptStepReport(null, null, new SmtpScriptReplyReport(220, null, ["220 mail1.fabrikam.com ESMTP\tready \u001b[31m"]),
                    ["220 service ready", "next: EHLO"], [], null, true, 12, null),
                new SmtpScriptStepReport(4, "RCPT TO:<bob+x@fabrikam.com>", new SmtpScriptReplyReport(550, "5.1.1", ["550 5.1.1 User unknown"]),
                    ["550 5.1.1 permanent failure: the recipient does not exist"], ["no angle brackets & no <>"], "250, 2xx", false, 3, null),
                new SmtpScriptStepReport(6, "This is a test message", null, [], [], null, false, 0, "the server refused DATA"),
            ],
            []);

        const string expected = """
            {
              "host": "mail1.fabrikam.com",
              "port": 25,
              "exitCode": 24,
              "failedStage": "rcpt",
              "summary": "failed at RCPT: \"550 5.1.1 User unknown\" for <bob+x@fabrikam.com> — café",
              "steps": [
                {
                  "scriptLine": null,
                  "line": null,
                  "reply": {
                    "code": 220,
                    "enhancedCode": null,
                    "lines": [
                      "220 mail1.fabrikam.com ESMTP\tready \u001B[31m"
                    ]
                  },
                  "annotation": [
                    "220 service ready",
                    "next: EHLO"
                  ],
                  "warnings": [],
                  "expectation": null,
                  "ok": true,
                  "elapsedMs": 12,
                  "dropped": null
                },
                {
                  "scriptLine": 4,
                  "line": "RCPT TO:<bob+x@fabrikam.com>",
                  "reply": {
                    "code": 550,
                    "enhancedCode": "5.1.1",
                    "lines": [
                      "550 5.1.1 User unknown"
                    ]
                  },
                  "annotation": [
                    "550 5.1.1 permanent failure: the recipient does not exist"
                  ],
                  "warnings": [
                    "no angle brackets & no <>"
                  ],
                  "expectation": "250, 2xx",
                  "ok": false,
                  "elapsedMs": 3,
                  "dropped": null
                },
                {
                  "scriptLine": 6,
                  "line": "This is a test message",
                  "reply": null,
                  "annotation": [],
                  "warnings": [],
                  "expectation": null,
                  "ok": false,
                  "elapsedMs": 0,
                  "dropped": "the server refused DATA"
                }
              ],
              "errors": []
            }
            """;
        Assert.Equal(expected, report.ToJson().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ABadScriptsReportIsWrittenExactlyAsPinned()
    {
        var report = new SmtpScriptReport(null, 0, ExitCode.BadInput, null, "the script has 1 error(s); nothing was sent", [],
            [new SmtpScriptError(3, "!expect needs a code, a class (2xx) or /regex/")]);

        const string expected = """
            {
              "host": null,
              "port": 0,
              "exitCode": 1,
              "failedStage": null,
              "summary": "the script has 1 error(s); nothing was sent",
              "steps": [],
              "errors": [
                {
                  "lineNumber": 3,
                  "reason": "!expect needs a code, a class (2xx) or /regex/"
                }
              ]
            }
            """;
        Assert.Equal(expected, report.ToJson().ReplaceLineEndings("\n"));
    }
}
