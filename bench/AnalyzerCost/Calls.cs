// 200 calls to the generated client, all with values the spec allows (made by a loop over eight call shapes).
using AnalyzerCost.Formbricks;

namespace AnalyzerCost;

/// <summary>The calls the analyzers check.</summary>
public static class Calls
{
    /// <summary>Makes every call once.</summary>
    /// <param name="client">The client.</param>
    /// <returns>A number, so nothing is optimized away.</returns>
    public static async System.Threading.Tasks.Task<int> RunAsync(FormbricksClient client)
    {
        var total = 0;
        await client.GetSurveysAsync(limit: 1, skip: 0);
        await client.GetContactsAsync(limit: 8, skip: 10);
        await client.GetPersonalizedSurveyLinkAsync("survey2", "contact2", expirationDays: 7);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey3", "segment3", limit: 22, expirationDays: 10, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey4", limit: 29, skip: 40);
        await client.GetSingleUseIdsAsync("survey5", limit: 36);
        await client.GetContactAttributeKeysAsync(limit: 43);
        await client.GetSurveyAsync("survey7");
        await client.GetSurveysAsync(limit: 57, skip: 80);
        await client.GetContactsAsync(limit: 64, skip: 90);
        await client.GetPersonalizedSurveyLinkAsync("survey10", "contact10", expirationDays: 31);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey11", "segment11", limit: 78, expirationDays: 34, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey12", limit: 85, skip: 120);
        await client.GetSingleUseIdsAsync("survey13", limit: 92);
        await client.GetContactAttributeKeysAsync(limit: 99);
        await client.GetSurveyAsync("survey15");
        await client.GetSurveysAsync(limit: 113, skip: 160);
        await client.GetContactsAsync(limit: 120, skip: 170);
        await client.GetPersonalizedSurveyLinkAsync("survey18", "contact18", expirationDays: 55);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey19", "segment19", limit: 134, expirationDays: 58, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey20", limit: 141, skip: 200);
        await client.GetSingleUseIdsAsync("survey21", limit: 148);
        await client.GetContactAttributeKeysAsync(limit: 155);
        await client.GetSurveyAsync("survey23");
        await client.GetSurveysAsync(limit: 169, skip: 240);
        await client.GetContactsAsync(limit: 176, skip: 250);
        await client.GetPersonalizedSurveyLinkAsync("survey26", "contact26", expirationDays: 79);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey27", "segment27", limit: 190, expirationDays: 82, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey28", limit: 197, skip: 280);
        await client.GetSingleUseIdsAsync("survey29", limit: 204);
        await client.GetContactAttributeKeysAsync(limit: 211);
        await client.GetSurveyAsync("survey31");
        await client.GetSurveysAsync(limit: 225, skip: 320);
        await client.GetContactsAsync(limit: 232, skip: 330);
        await client.GetPersonalizedSurveyLinkAsync("survey34", "contact34", expirationDays: 103);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey35", "segment35", limit: 246, expirationDays: 106, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey36", limit: 3, skip: 360);
        await client.GetSingleUseIdsAsync("survey37", limit: 10);
        await client.GetContactAttributeKeysAsync(limit: 17);
        await client.GetSurveyAsync("survey39");
        await client.GetSurveysAsync(limit: 31, skip: 400);
        await client.GetContactsAsync(limit: 38, skip: 410);
        await client.GetPersonalizedSurveyLinkAsync("survey42", "contact42", expirationDays: 127);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey43", "segment43", limit: 52, expirationDays: 130, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey44", limit: 59, skip: 440);
        await client.GetSingleUseIdsAsync("survey45", limit: 66);
        await client.GetContactAttributeKeysAsync(limit: 73);
        await client.GetSurveyAsync("survey47");
        await client.GetSurveysAsync(limit: 87, skip: 480);
        await client.GetContactsAsync(limit: 94, skip: 490);
        await client.GetPersonalizedSurveyLinkAsync("survey50", "contact50", expirationDays: 151);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey51", "segment51", limit: 108, expirationDays: 154, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey52", limit: 115, skip: 520);
        await client.GetSingleUseIdsAsync("survey53", limit: 122);
        await client.GetContactAttributeKeysAsync(limit: 129);
        await client.GetSurveyAsync("survey55");
        await client.GetSurveysAsync(limit: 143, skip: 560);
        await client.GetContactsAsync(limit: 150, skip: 570);
        await client.GetPersonalizedSurveyLinkAsync("survey58", "contact58", expirationDays: 175);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey59", "segment59", limit: 164, expirationDays: 178, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey60", limit: 171, skip: 600);
        await client.GetSingleUseIdsAsync("survey61", limit: 178);
        await client.GetContactAttributeKeysAsync(limit: 185);
        await client.GetSurveyAsync("survey63");
        await client.GetSurveysAsync(limit: 199, skip: 640);
        await client.GetContactsAsync(limit: 206, skip: 650);
        await client.GetPersonalizedSurveyLinkAsync("survey66", "contact66", expirationDays: 199);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey67", "segment67", limit: 220, expirationDays: 202, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey68", limit: 227, skip: 680);
        await client.GetSingleUseIdsAsync("survey69", limit: 234);
        await client.GetContactAttributeKeysAsync(limit: 241);
        await client.GetSurveyAsync("survey71");
        await client.GetSurveysAsync(limit: 5, skip: 720);
        await client.GetContactsAsync(limit: 12, skip: 730);
        await client.GetPersonalizedSurveyLinkAsync("survey74", "contact74", expirationDays: 223);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey75", "segment75", limit: 26, expirationDays: 226, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey76", limit: 33, skip: 760);
        await client.GetSingleUseIdsAsync("survey77", limit: 40);
        await client.GetContactAttributeKeysAsync(limit: 47);
        await client.GetSurveyAsync("survey79");
        await client.GetSurveysAsync(limit: 61, skip: 800);
        await client.GetContactsAsync(limit: 68, skip: 810);
        await client.GetPersonalizedSurveyLinkAsync("survey82", "contact82", expirationDays: 247);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey83", "segment83", limit: 82, expirationDays: 250, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey84", limit: 89, skip: 840);
        await client.GetSingleUseIdsAsync("survey85", limit: 96);
        await client.GetContactAttributeKeysAsync(limit: 103);
        await client.GetSurveyAsync("survey87");
        await client.GetSurveysAsync(limit: 117, skip: 880);
        await client.GetContactsAsync(limit: 124, skip: 890);
        await client.GetPersonalizedSurveyLinkAsync("survey90", "contact90", expirationDays: 271);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey91", "segment91", limit: 138, expirationDays: 274, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey92", limit: 145, skip: 920);
        await client.GetSingleUseIdsAsync("survey93", limit: 152);
        await client.GetContactAttributeKeysAsync(limit: 159);
        await client.GetSurveyAsync("survey95");
        await client.GetSurveysAsync(limit: 173, skip: 960);
        await client.GetContactsAsync(limit: 180, skip: 970);
        await client.GetPersonalizedSurveyLinkAsync("survey98", "contact98", expirationDays: 295);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey99", "segment99", limit: 194, expirationDays: 298, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey100", limit: 201, skip: 1000);
        await client.GetSingleUseIdsAsync("survey101", limit: 208);
        await client.GetContactAttributeKeysAsync(limit: 215);
        await client.GetSurveyAsync("survey103");
        await client.GetSurveysAsync(limit: 229, skip: 1040);
        await client.GetContactsAsync(limit: 236, skip: 1050);
        await client.GetPersonalizedSurveyLinkAsync("survey106", "contact106", expirationDays: 319);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey107", "segment107", limit: 250, expirationDays: 322, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey108", limit: 7, skip: 1080);
        await client.GetSingleUseIdsAsync("survey109", limit: 14);
        await client.GetContactAttributeKeysAsync(limit: 21);
        await client.GetSurveyAsync("survey111");
        await client.GetSurveysAsync(limit: 35, skip: 1120);
        await client.GetContactsAsync(limit: 42, skip: 1130);
        await client.GetPersonalizedSurveyLinkAsync("survey114", "contact114", expirationDays: 343);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey115", "segment115", limit: 56, expirationDays: 346, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey116", limit: 63, skip: 1160);
        await client.GetSingleUseIdsAsync("survey117", limit: 70);
        await client.GetContactAttributeKeysAsync(limit: 77);
        await client.GetSurveyAsync("survey119");
        await client.GetSurveysAsync(limit: 91, skip: 1200);
        await client.GetContactsAsync(limit: 98, skip: 1210);
        await client.GetPersonalizedSurveyLinkAsync("survey122", "contact122", expirationDays: 2);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey123", "segment123", limit: 112, expirationDays: 5, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey124", limit: 119, skip: 1240);
        await client.GetSingleUseIdsAsync("survey125", limit: 126);
        await client.GetContactAttributeKeysAsync(limit: 133);
        await client.GetSurveyAsync("survey127");
        await client.GetSurveysAsync(limit: 147, skip: 1280);
        await client.GetContactsAsync(limit: 154, skip: 1290);
        await client.GetPersonalizedSurveyLinkAsync("survey130", "contact130", expirationDays: 26);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey131", "segment131", limit: 168, expirationDays: 29, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey132", limit: 175, skip: 1320);
        await client.GetSingleUseIdsAsync("survey133", limit: 182);
        await client.GetContactAttributeKeysAsync(limit: 189);
        await client.GetSurveyAsync("survey135");
        await client.GetSurveysAsync(limit: 203, skip: 1360);
        await client.GetContactsAsync(limit: 210, skip: 1370);
        await client.GetPersonalizedSurveyLinkAsync("survey138", "contact138", expirationDays: 50);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey139", "segment139", limit: 224, expirationDays: 53, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey140", limit: 231, skip: 1400);
        await client.GetSingleUseIdsAsync("survey141", limit: 238);
        await client.GetContactAttributeKeysAsync(limit: 245);
        await client.GetSurveyAsync("survey143");
        await client.GetSurveysAsync(limit: 9, skip: 1440);
        await client.GetContactsAsync(limit: 16, skip: 1450);
        await client.GetPersonalizedSurveyLinkAsync("survey146", "contact146", expirationDays: 74);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey147", "segment147", limit: 30, expirationDays: 77, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey148", limit: 37, skip: 1480);
        await client.GetSingleUseIdsAsync("survey149", limit: 44);
        await client.GetContactAttributeKeysAsync(limit: 51);
        await client.GetSurveyAsync("survey151");
        await client.GetSurveysAsync(limit: 65, skip: 1520);
        await client.GetContactsAsync(limit: 72, skip: 1530);
        await client.GetPersonalizedSurveyLinkAsync("survey154", "contact154", expirationDays: 98);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey155", "segment155", limit: 86, expirationDays: 101, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey156", limit: 93, skip: 1560);
        await client.GetSingleUseIdsAsync("survey157", limit: 100);
        await client.GetContactAttributeKeysAsync(limit: 107);
        await client.GetSurveyAsync("survey159");
        await client.GetSurveysAsync(limit: 121, skip: 1600);
        await client.GetContactsAsync(limit: 128, skip: 1610);
        await client.GetPersonalizedSurveyLinkAsync("survey162", "contact162", expirationDays: 122);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey163", "segment163", limit: 142, expirationDays: 125, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey164", limit: 149, skip: 1640);
        await client.GetSingleUseIdsAsync("survey165", limit: 156);
        await client.GetContactAttributeKeysAsync(limit: 163);
        await client.GetSurveyAsync("survey167");
        await client.GetSurveysAsync(limit: 177, skip: 1680);
        await client.GetContactsAsync(limit: 184, skip: 1690);
        await client.GetPersonalizedSurveyLinkAsync("survey170", "contact170", expirationDays: 146);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey171", "segment171", limit: 198, expirationDays: 149, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey172", limit: 205, skip: 1720);
        await client.GetSingleUseIdsAsync("survey173", limit: 212);
        await client.GetContactAttributeKeysAsync(limit: 219);
        await client.GetSurveyAsync("survey175");
        await client.GetSurveysAsync(limit: 233, skip: 1760);
        await client.GetContactsAsync(limit: 240, skip: 1770);
        await client.GetPersonalizedSurveyLinkAsync("survey178", "contact178", expirationDays: 170);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey179", "segment179", limit: 4, expirationDays: 173, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey180", limit: 11, skip: 1800);
        await client.GetSingleUseIdsAsync("survey181", limit: 18);
        await client.GetContactAttributeKeysAsync(limit: 25);
        await client.GetSurveyAsync("survey183");
        await client.GetSurveysAsync(limit: 39, skip: 1840);
        await client.GetContactsAsync(limit: 46, skip: 1850);
        await client.GetPersonalizedSurveyLinkAsync("survey186", "contact186", expirationDays: 194);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey187", "segment187", limit: 60, expirationDays: 197, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey188", limit: 67, skip: 1880);
        await client.GetSingleUseIdsAsync("survey189", limit: 74);
        await client.GetContactAttributeKeysAsync(limit: 81);
        await client.GetSurveyAsync("survey191");
        await client.GetSurveysAsync(limit: 95, skip: 1920);
        await client.GetContactsAsync(limit: 102, skip: 1930);
        await client.GetPersonalizedSurveyLinkAsync("survey194", "contact194", expirationDays: 218);
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey195", "segment195", limit: 116, expirationDays: 221, attributeKeys: "email,userId")) { total += link.ContactId.Length; }
        await client.GetResponsesAsync("survey196", limit: 123, skip: 1960);
        await client.GetSingleUseIdsAsync("survey197", limit: 130);
        await client.GetContactAttributeKeysAsync(limit: 137);
        await client.GetSurveyAsync("survey199");
        return total;
    }
}
