# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/testing_examples/admin.py
from django.contrib import admin

from styleguide_example.testing_examples.models import (
    Roster,
    School,
    SchoolCourse,
    Student,
)

class SchoolAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "slug",
    )

class RosterAdmin(admin.ModelAdmin):
    list_display = (
        "student",
        "school_course",
        "start_date",
        "end_date",
        "active",
    )
    list_filter = ("student", "school_course")

class RosterStudentInline(admin.TabularInline):
    model = Roster
    fields = (
        "school_course",
        "start_date",
        "end_date",
        "active",
        "deactivated_at",
    )
    extra = 1

class RosterSchoolCourseInline(admin.TabularInline):
    model = Roster
    fields = (
        "student",
        "start_date",
        "end_date",
        "active",
        "deactivated_at",
    )
    extra = 1

class SchoolCourseAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "slug",
        "school",
        "start_date",
        "end_date",
    )
    list_filter = ("school",)
    inlines = (RosterSchoolCourseInline,)

class StudentAdmin(admin.ModelAdmin):
    list_display = (
        "email",
        "identifier",
        "school",
    )
    list_filter = ("school",)
    inlines = (RosterStudentInline,)
