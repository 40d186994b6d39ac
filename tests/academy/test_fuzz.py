"""Generated input on every public URL and form: never a server error."""

from urllib.parse import quote, urlencode

from django.core.cache import cache
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

PUBLIC_PATHS = [
    "/",
    "/{lang}/",
    "/{lang}/programs/",
    "/{lang}/programs/software-technology/",
    "/{lang}/news/",
    "/{lang}/news/chongqings-first-sino-foreign-higher-vocational-institution-unveiled/",
    "/{lang}/news/feed/",
    "/{lang}/partners/",
    "/{lang}/about/",
    "/{lang}/facts/",
    "/{lang}/facts/enrollment.csv",
    "/{lang}/facts/enrollment.json",
    "/{lang}/search/",
    "/{lang}/admissions/",
    "/{lang}/enrollment/",
    "/language/{lang}/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/readyz",
]
LANGUAGES = st.sampled_from(["en", "zh-hans", "ru"])
TEXT = st.text(max_size=300)
# What pages read (?major=, ?page=, …) and anything else; values with NUL
# characters, which PostgreSQL refuses, and values past any limit.
PARAMETER = st.one_of(
    st.sampled_from(["major", "page", "q", "year", "next"]), st.text(min_size=1, max_size=20)
)
VALUE = st.one_of(
    TEXT,
    TEXT.map(lambda text: f"{text}\x00{text}"),
    st.text(min_size=1, max_size=2).map(lambda text: text * 3000),
)
QUERY = st.dictionaries(PARAMETER, VALUE, max_size=4)
RAW_QUERY = st.binary(max_size=200).map(lambda raw: quote(raw, safe="=&"))
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class PublicInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed", verbosity=0)

    def setUp(self):
        cache.clear()  # rate limits must not hide a failure behind a 429

    def assert_no_server_error(self, response, what):
        self.assertLess(response.status_code, 500, what)

    @FUZZ
    @given(path=st.sampled_from(PUBLIC_PATHS), language=LANGUAGES, query=QUERY)
    def test_generated_query_strings_never_give_a_server_error(self, path, language, query):
        url = f"{path.format(lang=language)}?{urlencode(query)}"
        self.assert_no_server_error(self.client.get(url), url)

    @FUZZ
    @given(path=st.sampled_from(PUBLIC_PATHS), language=LANGUAGES, raw=RAW_QUERY)
    def test_raw_undecodable_query_strings_never_give_a_server_error(self, path, language, raw):
        url = f"{path.format(lang=language)}?{raw}"
        self.assert_no_server_error(self.client.get(url), url)

    @FUZZ
    @given(language=LANGUAGES, q=TEXT)
    def test_generated_searches_never_give_a_server_error(self, language, q):
        response = self.client.get(f"/{language}/search/", {"q": q})
        self.assertEqual(response.status_code, 200)

    @FUZZ
    @given(
        language=LANGUAGES,
        form=st.fixed_dictionaries(
            {},
            optional={
                "name": TEXT,
                "email": st.one_of(TEXT, st.emails()),
                "phone": TEXT,
                "preferred_language": st.one_of(TEXT, st.sampled_from(["en", "ru", "zh-hans"])),
                "program": st.one_of(TEXT, st.integers().map(str)),
                "question": st.text(max_size=6000),
                "consent": st.sampled_from(["on", "", "off", "1"]),
                "website": TEXT,
            },
        ),
    )
    def test_generated_questions_never_give_a_server_error(self, language, form):
        response = self.client.post(f"/{language}/admissions/", form)
        self.assertIn(response.status_code, (200, 302, 429))
