import stat
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase

from newsdesk.demo.accounts import admin_login_ensure


class AdminLoginTests(TestCase):
    def setUp(self):
        self.path = Path(settings.VAR_DIR) / "admin-password"
        self.path.unlink(missing_ok=True)

    def test_generates_a_private_password_once(self):
        first = admin_login_ensure()
        second = admin_login_ensure()
        self.assertEqual(first.password, second.password)
        self.assertGreaterEqual(len(first.password), 16)
        self.assertEqual(stat.S_IMODE(self.path.stat().st_mode), 0o600)
        user = get_user_model().objects.get(username="admin")
        self.assertTrue(user.is_superuser)
        self.assertTrue(user.check_password(first.password))
        self.assertEqual(get_user_model().objects.count(), 1)

    def test_each_installation_gets_its_own_password(self):
        first = admin_login_ensure().password
        self.path.unlink()
        get_user_model().objects.all().delete()
        self.assertNotEqual(admin_login_ensure().password, first)

    def test_reports_a_changed_password_instead_of_resetting_it(self):
        login = admin_login_ensure()
        user = get_user_model().objects.get(username="admin")
        user.set_password("a-password-the-editor-chose")
        user.save()
        again = admin_login_ensure()
        self.assertFalse(again.password_current)
        user.refresh_from_db()
        self.assertFalse(user.check_password(login.password))

    def test_command_prints_the_login(self):
        from io import StringIO

        out = StringIO()
        call_command("admin_login", stdout=out)
        text = out.getvalue()
        self.assertIn("/admin/", text)
        self.assertIn(f"Password: {self.path.read_text().strip()}", text)

    def test_can_log_in_to_the_admin(self):
        login = admin_login_ensure()
        # Through the real login form: django-axes needs the request.
        response = self.client.post(
            "/admin/login/", {"username": login.username, "password": login.password}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.get("/admin/").status_code, 200)
