from django import forms

from lms import ratelimit

# Wrong passwords allowed before the form refuses for a while: the person is signed in already,
# but a borrowed, unlocked computer must not become a way to guess the password.
WRONG_PASSWORDS = 5
LOCKOUT_SECONDS = 15 * 60


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        help_text="The password you sign in with.",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "spellcheck": "false"}),
        error_messages={"required": "Enter your password to delete your account"},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.limit_key = f"delete-account:{user.pk}"

    def clean_password(self):
        password = self.cleaned_data["password"]
        if ratelimit.reached(self.limit_key, WRONG_PASSWORDS):
            raise forms.ValidationError(
                "Too many attempts with the wrong password. Wait 15 minutes, then try again"
            )
        if not self.user.check_password(password):
            ratelimit.hit(self.limit_key, WRONG_PASSWORDS, LOCKOUT_SECONDS)
            raise forms.ValidationError("The password is not right. Enter the password you sign in with")
        return password
