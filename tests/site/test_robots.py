"""Crawlers find the sitemap and leave the admin and the partner API alone."""

from django.test import override_settings


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(
    client, db, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "public" in response["Cache-Control"]
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /api/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert not any(line.startswith("Disallow: /da") for line in lines)


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_the_sitemap_address_follows_the_public_scheme_and_host(client):
    response = client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="localhost")
    assert "Sitemap: https://localhost/sitemap.xml" in response.content.decode().splitlines()


def test_robots_txt_only_answers_reading(client):
    assert client.post("/robots.txt").status_code == 405
