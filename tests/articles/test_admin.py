"""The editor's side: the Wagtail admin forms carry what the issue asks for."""

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_article_edit_form_has_credits_photo_and_comment_switch(editor_client, demo):
    response = editor_client.get(f"/cms/pages/{demo.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("dateline", "byline", "lead_image", "lead_caption", "lead_credit", "body",
                  "comments_open", "go_live_at"):
        assert f'name="{field}"' in html, field


def test_image_form_has_caption_and_credit(editor_client, demo):
    response = editor_client.get(f"/cms/images/{demo.lead_image_id}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="caption"' in html and 'name="credit"' in html


def test_translations_are_linked_in_the_admin(editor_client, demo):
    # simple_translation's "Translate" action exists, and the seed already has its five translations.
    assert editor_client.get(f"/cms/translation/submit/page/{demo.pk}/").status_code == 200
    assert demo.get_translations().count() == 5
