"""A test suite in Python (standard library only) against the standalone fake Formbricks server.

It starts the host with --json, reads the URL, the API key and the seeded ids from its one line of output, then drives
the Formbricks API and the admin API: a fault, a WireMock stub mapping beside the stateful routes, WireMock body
patterns with a scenario and a template, the clock moved until a personal link expires, the journal read with filters,
and the reset.

    FORMBRICKS_FAKE_HOST="dotnet run --no-build --project fakes/Formbricks.Contracts.Fakes.Host --" \
        python3 -m unittest -v samples/python-admin/test_fake_admin.py

FORMBRICKS_FAKE_HOST is the command that starts the host (a published executable, `dotnet path/to/…Host.dll`, or
`dotnet run --no-build --project …`); this file adds `--port 0 --json --seed 42`.
"""

import json
import os
import shlex
import signal
import subprocess
import unittest
import urllib.error
import urllib.request

HOST_COMMAND = os.environ.get(
    "FORMBRICKS_FAKE_HOST", "dotnet run --no-build --project fakes/Formbricks.Contracts.Fakes.Host --")


class FakeFormbricks:
    """The host process and a tiny HTTP client for it."""

    def __init__(self):
        # A session of its own: stopping it stops `dotnet run` and the host it started.
        self.process = subprocess.Popen(
            shlex.split(HOST_COMMAND) + ["--port", "0", "--json", "--seed", "42"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the host printed nothing: " + self.process.stderr.read())
        self.info = json.loads(line)
        self.url = self.info["url"]
        self.api_key = self.info["apiKey"]
        self.seeded = self.info["seeded"]

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process.stdout.close()
        self.process.stderr.close()

    def call(self, method, path, body=None, key=True, headers=None):
        """Returns (status, headers, parsed JSON or text) for a request to the server root + path."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.url + path.lstrip("/"), data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if key:
            request.add_header("x-api-key", self.api_key)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers, _parse(response.read())
        except urllib.error.HTTPError as error:
            return error.code, error.headers, _parse(error.read())

    def admin(self, method, path, body=None):
        status, _, answer = self.call(method, "/__formbricks/" + path, body, key=False)
        if status != 200:
            raise AssertionError(f"{method} /__formbricks/{path} answered {status}: {answer}")
        return answer


def _parse(raw):
    text = raw.decode("utf-8")
    try:
        return json.loads(text)
    except ValueError:
        return text


class FakeFormbricksAdminTests(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.fake = FakeFormbricks()

    @classmethod
    def tearDownClass(cls):
        cls.fake.stop()

    def setUp(self):
        # Every test starts from the seed: data, clock, faults, journal, stub mappings and request log.
        self.fake.admin("POST", "reset")

    def test_the_json_line_describes_the_server(self):
        self.assertTrue(self.fake.api_key.startswith("fbk_"))
        self.assertEqual(42, self.fake.info["seed"])
        self.assertIn("1000", self.fake.seeded["segmentsBySize"])
        self.assertEqual(self.fake.info, self.fake.admin("GET", "server"))

    def test_a_fault_answers_once_with_its_header_then_the_route_works_again(self):
        self.fake.admin("POST", "faults", {
            "operationId": "getSurveys", "times": 1, "action": "status", "status": 503,
            "headers": {"Retry-After": "30"}})

        status, headers, _ = self.fake.call("GET", "api/v2/management/surveys?limit=1")
        self.assertEqual(503, status)
        self.assertEqual("30", headers["Retry-After"])
        status, _, page = self.fake.call("GET", "api/v2/management/surveys?limit=1")
        self.assertEqual(200, status)
        self.assertEqual(1, len(page["data"]))
        self.assertEqual(0, self.fake.admin("GET", "faults")["faults"][0]["remaining"])

    def test_a_personal_link_expires_when_the_clock_moves_past_it(self):
        survey, contact = self.fake.seeded["linkSurveyId"], self.fake.seeded["contactId"]
        status, _, link = self.fake.call(
            "GET", f"api/v2/management/surveys/{survey}/contact-links/contacts/{contact}?expirationDays=7")
        self.assertEqual(200, status, link)
        survey_url = link["data"]["surveyUrl"]
        page_path = survey_url[len(self.fake.url.rstrip("/")):]

        self.assertEqual("valid", self.open_link(page_path)["status"])
        clock = self.fake.admin("POST", "clock", {"advance": "P8D"})
        self.assertEqual("2026-06-09T12:00:00.000Z", clock["utcNow"])
        self.assertEqual("expired", self.open_link(page_path)["status"])

    def test_a_wiremock_mapping_overrides_one_route_while_the_others_stay_stateful(self):
        status, _, added = self.fake.call("POST", "__admin/mappings", {
            "Request": {"Path": "/api/v1/management/me", "Methods": ["GET"]},
            "Response": {"StatusCode": 418, "BodyAsJson": {"stubbed": True}}}, key=False)
        self.assertEqual(201, status, added)

        self.assertEqual((418, {"stubbed": True}), self.status_and_body("GET", "api/v1/management/me"))
        created_status, created = self.status_and_body("POST", "api/v2/management/contact-attribute-keys", {
            "key": "python_tier", "name": "Tier", "environmentId": self.fake.seeded["environmentId"]})
        self.assertEqual(201, created_status, created)
        listed = self.status_and_body("GET", "api/v2/management/contact-attribute-keys?limit=250")[1]["data"]
        self.assertIn("python_tier", [key["key"] for key in listed])

        logged = self.fake.call("GET", "__admin/requests", key=False)[2]
        self.assertEqual(["/api/v1/management/me", "/api/v2/management/contact-attribute-keys",
                          "/api/v2/management/contact-attribute-keys"], [e["Request"]["Path"] for e in logged])
        self.assertEqual(added["Guid"], logged[0]["MappingGuid"])

    def test_wiremock_body_patterns_a_scenario_and_a_template_answer_as_in_wiremock(self):
        status, _, imported = self.fake.call("POST", "__admin/mappings/import", {"mappings": [
            {"scenarioName": "signup", "requiredScenarioState": "Started", "newScenarioState": "Registered",
             "request": {"method": "POST", "url": "/stub/users",
                         "bodyPatterns": [{"matchesJsonPath": "$[?(@.plan == 'pro')]"}]},
             "response": {"status": 201, "transformers": ["response-template"],
                          "jsonBody": {"email": "{{jsonPath request.body '$.email'}}"}}},
            {"scenarioName": "signup", "requiredScenarioState": "Registered",
             "request": {"method": "GET", "url": "/stub/users/me"},
             "response": {"status": 200, "jsonBody": {"plan": "pro"}}}]}, key=False)
        self.assertEqual(200, status, imported)

        self.assertEqual(404, self.status_and_body("GET", "stub/users/me")[0])
        self.assertEqual(404, self.status_and_body("POST", "stub/users", {"email": "a@example.com", "plan": "free"})[0])
        self.assertEqual((201, {"email": "a@example.com"}),
                         self.status_and_body("POST", "stub/users", {"email": "a@example.com", "plan": "pro"}))
        self.assertEqual((200, {"plan": "pro"}), self.status_and_body("GET", "stub/users/me"))
        scenarios = self.fake.call("GET", "__admin/scenarios", key=False)[2]
        self.assertEqual([("signup", "Registered")], [(s["Name"], s["State"]) for s in scenarios])

        self.fake.call("POST", "__admin/scenarios/reset", key=False)
        self.assertEqual(404, self.status_and_body("GET", "stub/users/me")[0])

    def test_the_journal_filters_by_operation_and_path_and_leaves_admin_calls_out(self):
        self.fake.call("GET", "api/v2/management/surveys?limit=2")
        self.fake.call("GET", "api/v1/management/me")
        self.fake.call("GET", "api/v2/management/surveys?limit=3", key=False)

        surveys = self.fake.admin("GET", "journal?operationId=getSurveys")["entries"]
        self.assertEqual([("2", 200), ("3", 401)], [(e["queryParameters"]["limit"][0], e["status"]) for e in surveys])
        by_path = self.fake.admin("GET", "journal?path=/api/v1/&method=GET")
        self.assertEqual(["/api/v1/management/me"], [e["path"] for e in by_path["entries"]])
        self.assertEqual(3, by_path["total"])

    def test_reset_puts_back_the_seed(self):
        self.fake.admin("POST", "clock", {"advanceSeconds": 3600})
        self.fake.admin("POST", "faults", {"operationId": "getMe", "action": "dropConnection"})
        segment = self.fake.admin("POST", "data/segments", {"newContacts": 3, "title": "from python"})
        links = f"api/v2/management/surveys/{self.fake.seeded['linkSurveyId']}/contact-links/segments/{segment['id']}"
        self.assertEqual(3, len(self.status_and_body("GET", links)[1]["data"]))
        self.fake.call("POST", "__admin/mappings", {
            "request": {"method": "GET", "urlPath": "/api/v1/management/me"},
            "response": {"status": 500}}, key=False)

        self.fake.admin("POST", "reset")

        self.assertEqual("2026-06-01T12:00:00.000Z", self.fake.admin("GET", "clock")["utcNow"])
        self.assertEqual([], self.fake.admin("GET", "faults")["faults"])
        self.assertEqual([], self.fake.call("GET", "__admin/mappings", key=False)[2])
        self.assertEqual(200, self.fake.call("GET", "api/v1/management/me")[0])
        self.assertEqual(404, self.status_and_body("GET", links)[0])
        self.assertEqual(2, self.fake.admin("GET", "journal")["total"])

    def open_link(self, page_path):
        status, _, page = self.fake.call("GET", page_path, key=False, headers={"Accept": "application/json"})
        self.assertIsInstance(page, dict, f"{page_path} answered {status}: {page}")
        return page

    def status_and_body(self, method, path, body=None):
        status, _, answer = self.fake.call(method, path, body)
        return status, answer


if __name__ == "__main__":
    unittest.main()
